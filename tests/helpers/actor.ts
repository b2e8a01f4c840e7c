/**
 * Who the server thinks is calling, for integration tests. Only the JWT cookie read is
 * replaced: the user is still loaded from the real database by `loadSessionUser`.
 */
let actorId: string | null = null;

export function actAs(user: { id: string } | null) {
  actorId = user?.id ?? null;
}

export function currentActorId() {
  return actorId;
}
