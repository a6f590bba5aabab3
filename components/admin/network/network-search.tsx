"use client";
// Finds an organisation in the graph by name: the camera moves to it and it stands out with its
// partners. A list input offers the names as one types; an exact name or the only match wins.
import { useId, useState, type FormEvent } from "react";
import type { GraphNodeData } from "@/lib/network/view";

type Props = {
  nodes: GraphNodeData[];
  onFind: (id: string) => void;
  labels: { label: string; submit: string; notFound: string; found: string };
};

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("de");

export function NetworkSearch({ nodes, onFind, labels }: Props) {
  const id = useId();
  const [message, setMessage] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    if (!query) return;
    const wanted = fold(query);
    // The short name written in the graph or the full name, which the card shows.
    const names = (n: (typeof nodes)[number]) => [fold(n.label), fold(n.name)];
    const match =
      nodes.find((n) => names(n).includes(wanted)) ??
      nodes.filter((n) => names(n).some((name) => name.includes(wanted))).sort((a, b) => a.label.length - b.label.length)[0];
    if (!match) return setMessage(labels.notFound.replace("{query}", query));
    onFind(match.id);
    setMessage(labels.found.replace("{name}", match.label));
  };
  return (
    <form role="search" className="network-search" onSubmit={submit}>
      <label htmlFor={`${id}-q`}>{labels.label}</label>
      <div className="network-search__row">
        <input id={`${id}-q`} name="q" className="input" list={`${id}-names`} autoComplete="off" />
        <button type="submit" className="button button--secondary">
          {labels.submit}
        </button>
      </div>
      <datalist id={`${id}-names`}>
        {nodes.map((n) => (
          <option key={n.id} value={n.label} />
        ))}
      </datalist>
      <p role="status" className="muted">
        {message}
      </p>
    </form>
  );
}
