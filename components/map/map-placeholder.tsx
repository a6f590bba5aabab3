"use client";
// next/dynamic renders its `loading` component without props. The placeholder travels through
// context instead, so it can hold translated text and keep the map's space while the map loads.
import { createContext, useContext, type ReactNode } from "react";

const Placeholder = createContext<ReactNode>(null);

export function WithPlaceholder({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  return <Placeholder value={placeholder}>{children}</Placeholder>;
}

export function MapPlaceholder() {
  return useContext(Placeholder);
}
