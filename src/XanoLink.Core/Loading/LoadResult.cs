using XanoLink.Diagnostics;
using XanoLink.Model;

namespace XanoLink.Loading;

/// <summary>A loaded workspace and what loading found wrong (unreadable files are left out of the model).</summary>
public sealed record LoadResult(Workspace Workspace, IReadOnlyList<Diagnostic> Diagnostics);
