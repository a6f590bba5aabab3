type Props = { name?: string | null; street: string; postcode: string; city: string; district?: string | null };

export function PostalAddress({ name, street, postcode, city, district }: Props) {
  return (
    <address>
      {name ? (
        <>
          {name}
          <br />
        </>
      ) : null}
      {street}
      <br />
      {postcode} {city}
      {district ? ` (${district})` : ""}
    </address>
  );
}
