namespace XanoLink.Validation;

/// <summary>
/// "Did you mean" hints: the nearest candidate by edit distance, when it is near enough to be a typo. Only distances up
/// to that bound are computed (a band of the table, stopped once every path is past it), values longer than
/// <see cref="MaxLength"/> get no hint, and one call looks at no more than <see cref="MaxCells"/> cells: a hint is worth
/// little, and a manifest of thousands of long unknown names must not make validate take minutes.
/// </summary>
public static class Suggestions
{
    public const int MaxLength = 128;
    public const long MaxCells = 1_000_000;

    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        if (value.Length > MaxLength)
        {
            return null;
        }

        var limit = Math.Max(2, value.Length / 3);
        var lower = value.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        var cells = MaxCells;
        foreach (var candidate in candidates)
        {
            var bound = Math.Min(limit, bestDistance);
            if (Math.Abs(candidate.Length - value.Length) > bound)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant(), bound, ref cells);
            if (distance < bestDistance || (distance == bestDistance && distance <= bound && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }

            if (cells <= 0)
            {
                break;
            }
        }

        return best is not null && bestDistance <= limit ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or "".</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Nearest(value, candidates) is { } near ? $"; did you mean '{near}'?" : "";

    /// <summary>The edit distance of a and b when it is at most <paramref name="bound"/>; otherwise some number above it.</summary>
    private static int Distance(string a, string b, int bound, ref long cells)
    {
        var outside = bound + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, outside);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // Only cells within `bound` of the diagonal can be at most `bound`; the rest count as outside.
            var from = Math.Max(1, i - bound);
            var to = Math.Min(b.Length, i + bound);
            current[0] = Math.Min(i, outside);
            if (from > 1)
            {
                current[from - 1] = outside;
            }

            var rowMin = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), Math.Min(previous[j - 1] + cost, outside));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (to < b.Length)
            {
                current[to + 1] = outside;
            }

            cells -= to - from + 1;
            if (rowMin > bound)
            {
                return outside;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
