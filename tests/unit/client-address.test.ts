import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/client-address";

describe("the client's address", () => {
  it("with no trusted proxy is the connection's, whatever the headers say", () => {
    expect(clientAddress("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", "6.6.6.6, 7.7.7.7", 0)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", "6.6.6.6", 0)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::1", undefined, 0)).toBe("2001:db8::1");
  });

  it("behind one trusted proxy is the address that proxy saw (the last X-Forwarded-For entry)", () => {
    // nginx appends $remote_addr to what the client sent.
    expect(clientAddress("127.0.0.1", "198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "7.7.7.7, 198.51.100.7"], 1)).toBe("198.51.100.7");
    // A proxy that forwarded nothing: its own address, never a client's word.
    expect(clientAddress("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
  });

  it("behind two trusted proxies is the address the outer one saw", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "10.0.0.1", 2)).toBe("10.0.0.1");
  });
});
