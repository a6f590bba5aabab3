// What the exchange page's import form learns from its action: the report of the dry run or the
// import, and for a dry run that found something to import, the fingerprint "Import now" must send.
import type { FormState } from "../../forms/state";
import type { ExchangeReport } from "./import";

export type ExchangeAnswer = { report?: ExchangeReport; checkedHash?: string };
export type ExchangeFormState = FormState<ExchangeAnswer>;
