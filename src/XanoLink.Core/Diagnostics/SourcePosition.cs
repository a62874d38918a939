namespace XanoLink.Diagnostics;

/// <summary>1-based line and column in a workspace file; line 0 means "the file as a whole".</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition WholeFile(string file) => new(file, 0, 0);
}
