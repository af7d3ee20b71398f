// Order-status page: tells RefundGuard about a parcel problem. Works before and after the widget loads,
// because RefundGuard(...) calls made before the load wait in the queue.
RefundGuard('track', 'order_shipped');
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('report-lost').addEventListener('click', () => {
    document.getElementById('parcel-status').textContent = '理赔处理中';
    RefundGuard('track', 'parcel_issue');
  });
});
