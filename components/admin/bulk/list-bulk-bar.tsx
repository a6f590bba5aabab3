// The bulk bar of one list with its labels in the back-office language; the page hands in the
// server action (components do not import from app/).
import { getTranslations } from "next-intl/server";
import type { BulkList } from "@/lib/bulk/lists";
import { actionsOf } from "@/lib/bulk/lists";
import type { BulkState } from "@/lib/bulk/state";
import { BulkBar } from "./bulk-bar";

type Props = {
  list: BulkList;
  action: (state: BulkState, form: FormData) => Promise<BulkState>;
  filter: Record<string, string | undefined>;
  /** how many records match the filter; with `capped`, the list shows only the first that many */
  matching: number;
  capped?: boolean;
  assignees?: { id: string; name: string }[];
  locale: string;
};

export async function ListBulkBar({ list, action, filter, matching, capped, assignees, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.bulk" });
  const messages = Object.fromEntries(
    ["chooseAction", "nothingSelected", "chooseAssignee", "tooMany", "forbidden", "invalid"].map((k) => [
      k,
      t(`messages.${k}`),
    ]),
  );
  return (
    <BulkBar
      action={action}
      list={list}
      filter={filter}
      actions={actionsOf[list].map((a) => ({ value: a, label: t(`actions.${a}`) }))}
      assignees={assignees?.map((a) => ({ value: a.id, label: a.name }))}
      labels={{
        legend: t("legend"),
        pageAll: t("pageAll"),
        ticked: t("ticked", { count: "{count}" }),
        matching: capped ? t("matchingMore", { count: matching }) : t("matching", { count: matching }),
        action: t("action"),
        choose: t("choose"),
        assignee: t("assignee"),
        nobody: t("nobody"),
        submit: t("submit"),
      }}
      messages={messages}
    />
  );
}
