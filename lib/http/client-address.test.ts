import { describe, expect, it } from "vitest";
import { clientAddressFrom, UNKNOWN_ADDRESS } from "./client-address";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("client address", () => {
  describe("without a proxy in front (TRUSTED_PROXIES=0)", () => {
    it("is the connecting address that next start put into X-Forwarded-For", () => {
      expect(clientAddressFrom(xff("192.0.2.7"), 0)).toBe("192.0.2.7");
      expect(clientAddressFrom(xff("::ffff:192.0.2.7"), 0)).toBe("192.0.2.7");
      expect(clientAddressFrom({ "x-forwarded-for": "2001:DB8::1" }, 0)).toBe("2001:db8::1");
    });

    it("does not let a client pick an address by sending a list or something that is no address", () => {
      // next start keeps a header the client sent instead of the socket address: the client's own
      // list is all the app sees, so it cannot stand for a person.
      expect(clientAddressFrom(xff("203.0.113.9, 192.0.2.7"), 0)).toBe(UNKNOWN_ADDRESS);
      expect(clientAddressFrom(xff("anything"), 0)).toBe(UNKNOWN_ADDRESS);
      expect(clientAddressFrom(new Headers(), 0)).toBe(UNKNOWN_ADDRESS);
    });
  });

  describe("behind proxies that append to X-Forwarded-For", () => {
    it("takes the entry the nearest trusted proxy saw, not what the client wrote before it", () => {
      // The client sent "10.9.9.9"; nginx appended the address it was connected from.
      expect(clientAddressFrom(xff("10.9.9.9, 198.51.100.4"), 1)).toBe("198.51.100.4");
      expect(clientAddressFrom(xff("198.51.100.4"), 1)).toBe("198.51.100.4");
    });

    it("walks back one entry per proxy", () => {
      // client forged 10.9.9.9, real client 198.51.100.4, then an inner proxy at 10.0.0.2
      expect(clientAddressFrom(xff("10.9.9.9, 198.51.100.4, 10.0.0.2"), 2)).toBe("198.51.100.4");
    });

    it("gives one shared unknown sender when the request did not pass all proxies", () => {
      expect(clientAddressFrom(xff("198.51.100.4"), 2)).toBe(UNKNOWN_ADDRESS);
      expect(clientAddressFrom(xff("10.9.9.9, garbage"), 1)).toBe(UNKNOWN_ADDRESS);
    });

    it("reads the raw header object next-auth hands to authorize()", () => {
      expect(clientAddressFrom({ "x-forwarded-for": ["10.9.9.9", "198.51.100.4"] }, 1)).toBe("198.51.100.4");
    });
  });
});
