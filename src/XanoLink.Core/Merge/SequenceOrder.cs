namespace XanoLink.Merge;

/// <summary>
/// Merges the ORDER of three sequences of member identities with diff3: runs all three agree on stay, a run only one side
/// changed takes that side, and a run both changed (two inserts at the same place) takes the preferred side's run first,
/// then the other's. Content is merged elsewhere; this only decides where each surviving member goes.
/// diff3 is right only on longest common subsequences: when one cannot be found within budget (thousands of steps
/// reordered on both sides), there is no order merge (null) and the caller reports the whole list as a conflict.
/// </summary>
internal static class SequenceOrder
{
    public static List<string>? Merge(IReadOnlyList<string> b, IReadOnlyList<string> o, IReadOnlyList<string> t, bool preferTheirs)
    {
        if (Matches(b, o) is not { } mo || Matches(b, t) is not { } mt)
        {
            return null;
        }

        var result = new List<string>();
        int ib = 0, io = 0, it = 0;
        while (ib < b.Count || io < o.Count || it < t.Count)
        {
            var stable = 0;
            while (ib + stable < b.Count && io + stable < o.Count && it + stable < t.Count
                   && mo[ib + stable] == io + stable && mt[ib + stable] == it + stable)
            {
                stable++;
            }

            if (stable > 0)
            {
                result.AddRange(b.Skip(ib).Take(stable));
                ib += stable;
                io += stable;
                it += stable;
                continue;
            }

            var j = ib;
            while (j < b.Count && (mo[j] < io || mt[j] < it))
            {
                j++;
            }

            var (eo, et) = j < b.Count ? (mo[j], mt[j]) : (o.Count, t.Count);
            result.AddRange(Resolve(Slice(b, ib, j), Slice(o, io, eo), Slice(t, it, et), preferTheirs));
            (ib, io, it) = (j, eo, et);
        }

        return result;
    }

    private static IEnumerable<string> Resolve(string[] b, string[] o, string[] t, bool preferTheirs)
    {
        if (o.SequenceEqual(b))
        {
            return t;
        }

        if (t.SequenceEqual(b) || o.SequenceEqual(t))
        {
            return o;
        }

        return preferTheirs ? t.Concat(o) : o.Concat(t);
    }

    private static string[] Slice(IReadOnlyList<string> list, int from, int to) => list.Skip(from).Take(to - from).ToArray();

    /// <summary>For each base position, the position of its match in <paramref name="side"/> by longest common subsequence, or -1; null past the budget.</summary>
    private static int[]? Matches(IReadOnlyList<string> b, IReadOnlyList<string> side)
    {
        var common = Diff.CommonSubsequence.Find(b, side);
        if (!common.Exact)
        {
            return null;
        }

        var match = new int[b.Count];
        Array.Fill(match, -1);
        foreach (var (x, y) in common.Pairs)
        {
            match[x] = y;
        }

        return match;
    }
}
