import { afterEach, describe, expect, it } from "vitest";
import { assertLocalDatabase, databaseHost, isLocalDatabaseUrl } from "@/scripts/lib/assert-local-database";

const savedPgHost = process.env.PGHOST;
afterEach(() => {
  if (savedPgHost === undefined) delete process.env.PGHOST;
  else process.env.PGHOST = savedPgHost;
});

describe("the local-database guard of the scripts that create databases", () => {
  it.each([
    ["postgresql://postgres@127.0.0.1:5432/postgres", "127.0.0.1"],
    ["postgres://user:secret@localhost/involve", "localhost"],
    ["postgresql://LOCALHOST:5432/involve", "LOCALHOST"],
    ["postgresql://[::1]:5432/involve", "::1"],
    ["postgresql://postgres:postgres@127.0.0.1:54329/postgres?sslmode=disable", "127.0.0.1"],
    ["postgresql://%2Fvar%2Frun%2Fpostgresql/involve", "/var/run/postgresql"],
    ["postgresql://postgres@/involve?host=/var/run/postgresql", "/var/run/postgresql"],
    ["socket:/var/run/postgresql?db=involve", "/var/run/postgresql"],
  ])("accepts %s (host %s)", (url, host) => {
    expect(databaseHost(url)).toBe(host);
    expect(isLocalDatabaseUrl(url)).toBe(true);
    expect(() => assertLocalDatabase(url)).not.toThrow();
  });

  it.each([
    "postgresql://postgres@db.example.ac.uk:5432/postgres",
    "postgresql://10.0.0.5/involve",
    "postgresql://127.0.0.2/involve",
    "postgresql://0.0.0.0/involve",
    "postgresql://localhost.example.com/involve",
    "postgresql://[2001:db8::1]:5432/involve",
    // A host= parameter wins over the URL's host, as it does in pg.
    "postgresql://127.0.0.1/involve?host=db.example.ac.uk",
  ])("refuses %s", (url) => {
    expect(isLocalDatabaseUrl(url)).toBe(false);
    expect(() => assertLocalDatabase(url)).toThrow(/Refusing to create a database on ".+"/);
  });

  it("refuses what is not a PostgreSQL URL", () => {
    for (const url of ["not a url", "mysql://localhost/involve", "db.example.ac.uk:5432"]) {
      expect(databaseHost(url)).toBeNull();
      expect(isLocalDatabaseUrl(url)).toBe(false);
      expect(() => assertLocalDatabase(url)).toThrow(/unreadable DATABASE_URL/);
    }
  });

  it("reads a URL without a host the way pg does: PGHOST, else localhost", () => {
    delete process.env.PGHOST;
    expect(isLocalDatabaseUrl("postgresql:///involve")).toBe(true);
    process.env.PGHOST = "db.example.ac.uk";
    expect(databaseHost("postgresql:///involve")).toBe("db.example.ac.uk");
    expect(isLocalDatabaseUrl("postgresql:///involve")).toBe(false);
    process.env.PGHOST = "/var/run/postgresql";
    expect(isLocalDatabaseUrl("postgresql:///involve")).toBe(true);
  });

  it("says what it refused, why, and what to do instead", () => {
    expect(() => assertLocalDatabase("postgresql://u:secret@db.example.ac.uk/involve")).toThrow(
      /"db\.example\.ac\.uk".*only run against a PostgreSQL on this machine.*Unset DATABASE_URL/,
    );
    expect(() => assertLocalDatabase("postgresql://u:secret@db.example.ac.uk/involve")).not.toThrow(/secret/);
  });
});
