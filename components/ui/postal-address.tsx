// Addresses in German order (street and number, then postcode and town), each line kept left to
// right inside Arabic and Farsi pages so that "52062 Aachen" does not turn into "Aachen 52062".
type Props = { name?: string | null; street: string; postcode: string; city: string; district?: string | null };

export function PostalAddress({ name, street, postcode, city, district }: Props) {
  return (
    <address>
      {name ? (
        <>
          <bdi>{name}</bdi>
          <br />
        </>
      ) : null}
      <span dir="ltr" lang="de">
        {street}
      </span>
      <br />
      <span dir="ltr" lang="de">
        {postcode} {city}
      </span>
      {district ? (
        <>
          {" "}
          (<bdi>{district}</bdi>)
        </>
      ) : null}
    </address>
  );
}
