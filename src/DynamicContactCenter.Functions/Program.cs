// Replaced by the runtime composition root (issue #2).
return 0;
