namespace XanoLink.Diff.Formatting;

/// <summary>One row of a side-by-side view: a line on either side or both; Changed when the two differ.</summary>
internal sealed record LineRow(int? LeftNumber, string? Left, int? RightNumber, string? Right)
{
    public bool Changed => Left != Right;
}

/// <summary>A plain line diff (longest common subsequence of lines), laid out as side-by-side rows.</summary>
internal static class LineDiff
{
    public static IReadOnlyList<LineRow> Rows(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var rows = new List<LineRow>();
        var li = 0;
        var ri = 0;
        foreach (var (l, r) in CommonSubsequence.Find(left, right).Pairs.Append((left.Count, right.Count)))
        {
            // Between two common lines, deleted and added lines share rows, so an edited line sits beside its new form.
            var deleted = l - li;
            var added = r - ri;
            for (var k = 0; k < Math.Max(deleted, added); k++)
            {
                rows.Add(new LineRow(
                    k < deleted ? li + k + 1 : null,
                    k < deleted ? left[li + k] : null,
                    k < added ? ri + k + 1 : null,
                    k < added ? right[ri + k] : null));
            }

            if (l < left.Count && r < right.Count)
            {
                rows.Add(new LineRow(l + 1, left[l], r + 1, right[r]));
            }

            li = l + 1;
            ri = r + 1;
        }

        return rows;
    }

    /// <summary>Unified diff lines (" ", "-", "+"), all context kept: items are small.</summary>
    public static IEnumerable<string> Unified(IReadOnlyList<LineRow> rows)
    {
        var pendingAdds = new List<string>();
        foreach (var row in rows)
        {
            if (!row.Changed)
            {
                foreach (var add in pendingAdds)
                {
                    yield return add;
                }

                pendingAdds.Clear();
                yield return " " + row.Left;
                continue;
            }

            if (row.Left is not null)
            {
                yield return "-" + row.Left;
            }

            if (row.Right is not null)
            {
                pendingAdds.Add("+" + row.Right);
            }
        }

        foreach (var add in pendingAdds)
        {
            yield return add;
        }
    }
}
