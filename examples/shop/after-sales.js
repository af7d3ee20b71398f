// After-sales page: a refund request is exactly when fake customer service calls, so tell RefundGuard.
document.getElementById('request-refund').addEventListener('click', () => {
  document.getElementById('refund-state').textContent = '已送出退款申請，款項會原路退回。';
  RefundGuard('track', 'refund_requested');
});
