import type { Prisma } from "../../generated/sqlite/client";

/** A location's address, pin and wheelchair access, which are shown and exchanged together. */
export const addressSelect = {
  name: true,
  street: true,
  postcode: true,
  city: true,
  latitude: true,
  longitude: true,
  wheelchairAccessible: true,
} satisfies Prisma.LocationSelect;
