namespace XanoLink.Core.Tests.XanoScript;

/// <summary>The test corpus: .xs files written for these tests, in Xano's style (and, under hand-written/, not).</summary>
internal static class XsCorpus
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "XanoScript", "Corpus");

    private static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Root, "*.xs", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Files in Xano's own style: printing what was read gives the same bytes.</summary>
    public static TheoryData<string> XanoStyle() => [.. All().Select(Relative).Where(p => !p.StartsWith("hand-written/", StringComparison.Ordinal))];

    /// <summary>Every file, Xano's style or not.</summary>
    public static TheoryData<string> Every() => [.. All().Select(Relative)];

    public static string Text(string relative) => File.ReadAllText(Path.Combine(Root, relative));
}
