// Phone, e-mail and website as links that a phone can act on. Numbers and addresses are always
// left to right, also inside Arabic and Farsi pages.
type Props = {
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  labels?: { phone: string; email: string; website: string };
};

export function ContactLinks({ phone, email, website, labels }: Props) {
  const items = [
    phone ? { key: "phone", label: labels?.phone, href: `tel:${phone.replace(/[^+\d]/g, "")}`, text: phone } : null,
    email ? { key: "email", label: labels?.email, href: `mailto:${email}`, text: email } : null,
    website ? { key: "website", label: labels?.website, href: website, text: website.replace(/^https?:\/\//, "") } : null,
  ].filter((item) => item !== null);
  if (items.length === 0) return null;
  return (
    <ul className="contact">
      {items.map((item) => (
        <li key={item.key}>
          {item.label ? `${item.label}: ` : null}
          <a href={item.href} dir="ltr" rel={item.key === "website" ? "noopener" : undefined}>
            {item.text}
          </a>
        </li>
      ))}
    </ul>
  );
}
