using XanoLink.Diagnostics;

namespace XanoLink.Formats;

/// <summary>The files of a converted workspace (workspace-relative paths), or the problems that stopped it (then no files).</summary>
public sealed record ConversionResult(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems, int Objects)
{
    public bool Succeeded => Problems.Count == 0;
}
