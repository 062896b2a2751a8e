/* global window, document */
// Stands in for an analytics tag: it only runs once the "analytics" cookie category is allowed.
window.demoAnalyticsRan = true;
const state = document.querySelector('#analytics-state');
if (state) state.textContent = '실행됨 (통계 쿠키 허용)';
