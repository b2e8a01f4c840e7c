import { Notice } from "@/components/ui/notice";
import { type Briefing, supportLines, whoLines } from "@/lib/opportunities/briefing";

/**
 * The briefing an expert reads: the sensitive topic first and plainly, then who will be there and
 * the support offered. Shown before signing up and again ("Before the session") once they have a
 * place; `id` keeps the two headings' ids apart.
 */
export function BriefingPanel({
  briefing,
  heading,
  id,
  easyRead = false,
}: {
  briefing: Briefing;
  heading: string;
  id: string;
  easyRead?: boolean;
}) {
  const who = whoLines(briefing);
  const support = supportLines(briefing);
  return (
    <section aria-labelledby={`${id}-title`} className="mb-8 max-w-2xl">
      <h2 id={`${id}-title`}>{heading}</h2>
      {briefing.sensitiveTopic && (
        <Notice tone="warning" as="div" className="mb-4">
          <p className="mb-1 font-bold">{easyRead ? "This may be upsetting." : "The topic may be upsetting"}</p>
          <p className="whitespace-pre-line">
            {easyRead ? "It talks about: " : "This session talks about: "}
            {briefing.sensitiveTopicNote}
          </p>
        </Notice>
      )}
      <h3 className="text-xl">Who will be there</h3>
      {who.length ? (
        <ul className="mb-4 list-disc pl-6">
          {who.map((line) => (
            <li key={line} className="whitespace-pre-line">
              {line}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4">Ask your contact if you would like to know.</p>
      )}
      <h3 className="text-xl">{easyRead ? "Help you can have" : "Support offered"}</h3>
      {support.length ? (
        <ul className="mb-4 list-disc pl-6">
          {support.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-4">Ask your contact about preparation, a debrief or anything else that would help.</p>
      )}
    </section>
  );
}
