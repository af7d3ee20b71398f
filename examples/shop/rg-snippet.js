// The RefundGuard queue snippet, as a file so pages under a strict Content-Security-Policy can load it.
window.RefundGuard=window.RefundGuard||function(){(RefundGuard.q=RefundGuard.q||[]).push(arguments)}
