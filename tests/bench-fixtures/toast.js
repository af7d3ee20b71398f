// Queued before refundguard.js loads; on a page without a placeholder it shows the order-status toast.
RefundGuard('track', 'order_shipped');
