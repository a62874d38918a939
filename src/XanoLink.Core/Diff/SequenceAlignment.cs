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
/// sides outside that subsequence has moved. The result is in reading order: deletions sit where they were, just before
/// the right entry that followed them. Past <see cref="CommonSubsequence"/>'s budget the kept run can be shorter, so more
/// entries read as moved, deleted and added: coarser, never wrong.
/// </summary>
internal static class SequenceAlignment
{
    public static IReadOnlyList<Aligned> Align(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var pairs = CommonSubsequence.Find(left, right).Pairs;
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
}
