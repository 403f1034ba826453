// Replaced by the CLI composition root (issue #2).
return 0;
