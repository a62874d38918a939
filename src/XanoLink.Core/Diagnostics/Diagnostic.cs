namespace XanoLink.Diagnostics;

/// <summary>One finding, positioned in a workspace file (path relative to the workspace, '/' separated).</summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    /// <summary>MSBuild's canonical error format, which editors and CI logs turn into links; always one line.</summary>
    public override string ToString()
    {
        var file = PrintableText.Of(File);
        var where = Line > 0 ? $"{file}({Line},{Column})" : file;
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {severity} {Code}: {PrintableText.Of(Message)}";
    }

    public static int Compare(Diagnostic? a, Diagnostic? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null)
        {
            return -1;
        }

        if (b is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0)
        {
            return c;
        }

        c = a.Line.CompareTo(b.Line);
        if (c != 0)
        {
            return c;
        }

        c = a.Column.CompareTo(b.Column);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
