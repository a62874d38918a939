namespace XanoLink.Diff;

/// <summary>How one entry of a list fares between two versions of the list.</summary>
internal enum AlignKind
{
    Kept,
    Deleted,
    Added,
    Moved,
}

/// <summary>One entry of an alignment; <see cref="Left"/> or <see cref="Right"/> is -1 where the entry is absent.</summary>
internal readonly record struct Aligned(AlignKind Kind, int Left, int Right);

/// <summary>
/// Aligns two lists by the identity of their entries: the longest common subsequence of identities is kept in
/// place, so one inserted entry is one addition rather than a shift of everything after it; an identity found on both
/// sides outside that subsequence has moved. The result is in reading order: deletions sit where they were,
/// just before the right entry that followed them.
/// </summary>
internal static class SequenceAlignment
{
    // Past this many cells the quadratic table costs more than it is worth; entries are then matched greedily.
    private const long MaxTableCells = 4_000_000;

    public static IReadOnlyList<Aligned> Align(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var pairs = CommonSubsequence(left, right);
        var keptLeft = new HashSet<int>(pairs.Select(p => p.Left));
        var keptRight = new HashSet<int>(pairs.Select(p => p.Right));

        // Identities outside the common subsequence but present on both sides: moved, paired in order of occurrence.
        var spareLeft = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < left.Count; i++)
        {
            if (!keptLeft.Contains(i))
            {
                (spareLeft.TryGetValue(left[i], out var q) ? q : spareLeft[left[i]] = new Queue<int>()).Enqueue(i);
            }
        }

        var movedFrom = new Dictionary<int, int>();
        for (var j = 0; j < right.Count; j++)
        {
            if (!keptRight.Contains(j) && spareLeft.TryGetValue(right[j], out var q) && q.Count > 0)
            {
                movedFrom[j] = q.Dequeue();
            }
        }

        var movedLeft = new HashSet<int>(movedFrom.Values);
        var result = new List<Aligned>(Math.Max(left.Count, right.Count));
        var li = 0;
        var pairIndex = 0;
        for (var j = 0; j <= right.Count; j++)
        {
            // Every left entry before the next kept pair is outside the common subsequence: a deletion, unless it moved.
            var nextLeft = pairIndex < pairs.Count ? pairs[pairIndex].Left : left.Count;
            for (; li < nextLeft; li++)
            {
                if (!movedLeft.Contains(li))
                {
                    result.Add(new Aligned(AlignKind.Deleted, li, -1));
                }
            }

            if (j == right.Count)
            {
                break;
            }

            if (pairIndex < pairs.Count && pairs[pairIndex].Right == j)
            {
                result.Add(new Aligned(AlignKind.Kept, pairs[pairIndex].Left, j));
                li = pairs[pairIndex].Left + 1;
                pairIndex++;
            }
            else if (movedFrom.TryGetValue(j, out var from))
            {
                result.Add(new Aligned(AlignKind.Moved, from, j));
            }
            else
            {
                result.Add(new Aligned(AlignKind.Added, -1, j));
            }
        }

        return result;
    }

    internal static List<(int Left, int Right)> CommonSubsequence(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var prefix = 0;
        while (prefix < left.Count && prefix < right.Count && left[prefix] == right[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < left.Count - prefix && suffix < right.Count - prefix && left[left.Count - 1 - suffix] == right[right.Count - 1 - suffix])
        {
            suffix++;
        }

        var pairs = new List<(int, int)>();
        for (var i = 0; i < prefix; i++)
        {
            pairs.Add((i, i));
        }

        var n = left.Count - prefix - suffix;
        var m = right.Count - prefix - suffix;
        if ((long)n * m > MaxTableCells)
        {
            pairs.AddRange(Greedy(left, right, prefix, n, m));
        }
        else if (n > 0 && m > 0)
        {
            // lengths[i, j] = LCS length of left[prefix+i..] and right[prefix+j..], walked forwards afterwards.
            var lengths = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lengths[i, j] = left[prefix + i] == right[prefix + j]
                        ? lengths[i + 1, j + 1] + 1
                        : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            for (int i = 0, j = 0; i < n && j < m;)
            {
                if (left[prefix + i] == right[prefix + j])
                {
                    pairs.Add((prefix + i, prefix + j));
                    i++;
                    j++;
                }
                else if (lengths[i + 1, j] >= lengths[i, j + 1])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        for (var k = suffix; k > 0; k--)
        {
            pairs.Add((left.Count - k, right.Count - k));
        }

        return pairs;
    }

    private static IEnumerable<(int, int)> Greedy(IReadOnlyList<string> left, IReadOnlyList<string> right, int offset, int n, int m)
    {
        var j = 0;
        for (var i = 0; i < n && j < m; i++)
        {
            for (var k = j; k < m; k++)
            {
                if (left[offset + i] == right[offset + k])
                {
                    yield return (offset + i, offset + k);
                    j = k + 1;
                    break;
                }
            }
        }
    }
}
