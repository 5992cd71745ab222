// Records every CSP violation on the page, and makes one on purpose (a style
// attribute) so the test can tell the policy is really in force.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI || ''}`.trim());
});
addEventListener('DOMContentLoaded', () => {
  const canary = document.createElement('div');
  canary.id = 'canary';
  canary.setAttribute('style', 'color: rgb(255, 0, 0)');
  document.body.append(canary);
});
