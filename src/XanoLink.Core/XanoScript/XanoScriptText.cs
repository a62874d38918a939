using XanoLink.Diagnostics;

namespace XanoLink.XanoScript;

/// <summary>The text of one construct (no final newline), or null and the diagnostics that say why it could not be written.</summary>
public sealed record XanoScriptText(string? Text, IReadOnlyList<Diagnostic> Diagnostics);
