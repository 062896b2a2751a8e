/**
 * The text of a policy given inline as the element's own child:
 *
 *   <privacy-policy>
 *     <script type="application/json">{ "schemaVersion": 1, … }</script>
 *   </privacy-policy>
 *
 * A JSON script never runs and its content is not rendered, so the policy ships with the
 * page (no extra request, works without a server) and stays out of the accessibility tree.
 */
export const inlinePolicyText = (host: Element): string | undefined => {
  for (const child of host.children)
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json')
      return child.textContent ?? '';
  return undefined;
};
