export type TagColour = "blue" | "green" | "yellow" | "red" | "grey" | "orange";

export function Tag({ children, colour = "blue" }: { children: React.ReactNode; colour?: TagColour }) {
  return <strong className={`tag ${colour === "blue" ? "" : `tag-${colour}`}`}>{children}</strong>;
}
