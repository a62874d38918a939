using System.Globalization;

namespace XanoLink.Git.Publish;

/// <summary>
/// One share of the tenants, for splitting a publish over CI jobs: <c>--shard I/N</c>, I from 1 to N. Tenant i of the
/// list sorted by name (0-based) belongs to shard (i mod N) + 1, so every job sees the same split without talking to the others.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses "I/N"; null with <paramref name="problem"/> when the text is not that.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        problem = $"--shard '{text}' is not I/N with 1 <= I <= N (for example --shard 1/4 in the first of four CI jobs)";
        return null;
    }

    public IReadOnlyList<T> Take<T>(IReadOnlyList<T> sorted) => sorted.Where((_, i) => (i % Count) + 1 == Index).ToArray();

    public override string ToString() => $"{Index}/{Count}";
}
