import bcrypt from "bcryptjs";

// Cost 12 is ~250 ms on these machines: slow for an attacker, fine for a person.
const COST = process.env.NODE_ENV === "test" ? 4 : 12;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
