import { getTranslations } from "next-intl/server";
import { formatList } from "@/lib/i18n/list";
import type { Locale } from "@/lib/i18n/locales";
import { describeSlots } from "@/lib/schedule/describe";
import type { WeeklySlot } from "@/lib/schedule/types";

// A card has room for two times; the offer page lists them all.
const SHOWN = 2;

/** "Di. 09:00–11:00, Do. 14:00–16:00 und 1 weitere": the weekly times. */
export async function OfferTimes({ schedules, locale }: { schedules: readonly WeeklySlot[]; locale: Locale }) {
  if (schedules.length === 0) return null;
  const t = await getTranslations("offers.card");
  const times = describeSlots(schedules, locale, { weekday: "short" }).map((slot) => `${slot.dayName} ${slot.time}`);
  const shown = times.slice(0, SHOWN);
  const more = times.length - shown.length;
  return (
    <div>
      <dt>{t("when")}</dt>
      <dd>{formatList(more > 0 ? [...shown, t("moreTimes", { count: more })] : shown, locale)}</dd>
    </div>
  );
}
