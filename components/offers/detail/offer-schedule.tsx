import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { OfferDetail } from "@/lib/offers/types";
import { describeSlots } from "@/lib/schedule/describe";
import { currentSlots, isOpenAt, nextOccurrences } from "@/lib/schedule/occurrences";

export async function OfferSchedule({ offer, locale }: { offer: OfferDetail; locale: Locale }) {
  const t = await getTranslations("offer.schedule");
  const now = new Date();
  // Weekly times that ended are no times to come to (as on the result cards).
  const schedules = currentSlots(offer.schedules, now);
  if (schedules.length === 0) {
    return (
      <section aria-labelledby="when-title">
        <h2 id="when-title">{t("title")}</h2>
        <p>{t("byArrangement")}</p>
      </section>
    );
  }
  const open = isOpenAt(schedules, now);
  const upcoming = nextOccurrences(schedules, now, 3);
  const dateTime = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });
  return (
    <section aria-labelledby="when-title">
      <h2 id="when-title">{t("title")}</h2>
      <p className={open ? "badge badge--open" : "badge badge--muted"}>{open ? t("openNow") : t("closedNow")}</p>
      <ul className="schedule">
        {describeSlots(schedules, locale).map((slot, i) => (
          <li key={i}>
            <strong>{slot.dayName}</strong> {slot.time}
            {slot.interval > 1 ? ` (${t("everyNWeeks", { n: slot.interval })})` : ""}
          </li>
        ))}
      </ul>
      {upcoming.length > 0 ? (
        <>
          <h3>{t("nextDates")}</h3>
          <ul>
            {upcoming.map((o) => (
              <li key={o.start.toISOString()}>
                <time dateTime={o.start.toISOString()}>{dateTime.format(o.start)}</time>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="no-print">
        <a className="button button--secondary" href={`/api/offers/${offer.slug}/calendar?locale=${locale}`} download={`${offer.slug}.ics`}>
          {t("addToCalendar")}
        </a>
      </p>
    </section>
  );
}
