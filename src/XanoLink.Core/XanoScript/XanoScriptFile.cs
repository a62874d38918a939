using XanoLink.Diagnostics;

namespace XanoLink.XanoScript;

/// <summary>
/// A XanoScript file read: its documents (one construct each; Xano's multidoc text separates them with lines of
/// <c>---</c>), what was wrong with it, and whether it ends with a newline (Xano's tools write none).
/// Documents with syntax errors are left out; <see cref="Diagnostics"/> says where and why.
/// </summary>
public sealed record XanoScriptFile(IReadOnlyList<XanoScriptDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics, bool EndsWithNewline)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
