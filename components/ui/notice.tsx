import type { ReactNode, Ref } from "react";

export type NoticeTone = "success" | "warning" | "error" | "info";

/** The left border and background of each tone (GOV.UK-style: green, yellow, red, grey). */
const TONE: Record<NoticeTone, string> = {
  success: "border-ok bg-[#cce2d8]",
  warning: "border-warn bg-[#fff7bf]",
  error: "border-danger bg-[#f4cdc6]",
  info: "border-link bg-paper",
};

type Common = {
  tone: NoticeTone;
  children: ReactNode;
  /** Margins and width only, e.g. "mb-6 max-w-3xl"; the tone gives the border, background and padding. */
  className?: string;
  /** Roomier padding (p-4 instead of p-3), for boxes holding a heading, a list or a form. Sections have it. */
  roomy?: boolean;
  /** Bold text, for one-line confirmations and warnings. */
  bold?: boolean;
  /** "status" for a message that appears after something happened, so screen readers announce it. */
  role?: "status" | "alert" | "note";
  "aria-label"?: string;
  /** With tabIndex -1, a message that takes focus when it appears (see ActionForm). */
  ref?: Ref<HTMLElement>;
  tabIndex?: -1;
};

type Props =
  /** One line of text. */
  | (Common & { as?: "p" })
  /** Several paragraphs, or a labelled role="note". */
  | (Common & { as: "div" })
  /** A box with its own heading (put the heading, with this id, first in children). */
  | (Common & { as: "section"; "aria-labelledby": string });

/** A box with a coloured left border that draws attention to a message: the one notice of Involve. */
export function Notice(props: Props) {
  const { tone, children, className, bold, role, ref, tabIndex } = props;
  const Element = props.as ?? "p";
  const roomy = props.roomy ?? props.as === "section";
  const classes = [className, "border-l-8", TONE[tone], roomy ? "p-4" : "p-3", bold ? "font-bold" : ""];
  return (
    <Element
      ref={ref as Ref<HTMLParagraphElement & HTMLDivElement>}
      tabIndex={tabIndex}
      role={role}
      aria-label={props["aria-label"]}
      aria-labelledby={props.as === "section" ? props["aria-labelledby"] : undefined}
      className={classes.filter(Boolean).join(" ")}
    >
      {children}
    </Element>
  );
}
