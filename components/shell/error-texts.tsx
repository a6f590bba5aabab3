"use client";
// The error page is a client component and cannot ask the server for its words, so the layout
// hands them down through this context. It keeps the i18n library out of every page's JavaScript.
import { createContext, useContext } from "react";

export type ErrorTexts = { title: string; text: string; retry: string };

const Context = createContext<ErrorTexts>({ title: "Error", text: "", retry: "Retry" });

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <Context.Provider value={texts}>{children}</Context.Provider>;
}

export const useErrorTexts = () => useContext(Context);
