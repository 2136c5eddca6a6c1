import { Clamp } from './Clamp';

/**
 * A finding's rule as a person reads it: the scheme's wording (or the checklist's question) with the
 * code beside it, never the code alone (条款 14.5c, checklist:training-institution:1).
 */
export function RuleText({ code, text }: { code: string; text?: string | null }) {
  if (!text) return <>{code}</>;
  const shown = code.startsWith('checklist:') ? text : `${code} ${text}`;
  return <Clamp text={shown} style={{ minWidth: 160 }} />;
}
