import { notFound } from "next/navigation";

// Any unknown address below a locale renders the localised 404 page inside the site's shell.
export default function CatchAll() {
  notFound();
}
