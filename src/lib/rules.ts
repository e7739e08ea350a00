/** The anchor of a rule in the list of rules on the basis-documents page: "quy-dinh-thoi-luong". */
export function ruleAnchor(ruleId: string): string {
  return `quy-dinh-${ruleId}`;
}
