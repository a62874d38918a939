namespace XanoLink.Diff;

/// <summary>Pairs of equal entries, increasing on both sides; <see cref="Exact"/> when no longer such list exists.</summary>
internal sealed record CommonPairs(IReadOnlyList<(int Left, int Right)> Pairs, bool Exact);

/// <summary>
/// What <see cref="CommonSubsequence"/> may spend: table cells (4 bytes each), Myers' work ((n + m) per edit) and edits,
/// and the cells of all gap tables of the coarse answer together.
/// </summary>
internal sealed record AlignmentBudget(long MaxTableCells, long MaxSearchWork, int MaxEdits, long MaxGapCells)
{
    /// <summary>About 16 MB of table and a fraction of a second at most, whatever the lists.</summary>
    public static AlignmentBudget Default { get; } = new(4_000_000, 100_000_000, 2_000, 50_000_000);
}

/// <summary>
/// A common subsequence of two lists of identities, at bounded cost. The longest one is found when that is affordable:
/// after the common start and end are set aside, by a full table when the rest is small, else by Myers' O(ND) search
/// when the lists differ by at most a budgeted number of entries. Past both budgets (a 30,000-entry list reversed, say)
/// the answer is coarser but still a true common subsequence: entries that occur once on each side, in the longest
/// increasing run (patience), with small gaps between them filled exactly. Callers that need the longest (a merge
/// deciding that a run is unchanged) check <see cref="CommonPairs.Exact"/>.
/// </summary>
internal static class CommonSubsequence
{
    public static CommonPairs Find(IReadOnlyList<string> left, IReadOnlyList<string> right) => Find(left, right, AlignmentBudget.Default);

    public static CommonPairs Find(IReadOnlyList<string> left, IReadOnlyList<string> right, AlignmentBudget budget)
    {
        var (a, b) = Numbered(left, right);
        var pairs = new List<(int, int)>();
        var exact = new Finder(a, b, budget, pairs).Solve(0, a.Length, 0, b.Length, allowSearch: true);
        return new CommonPairs(pairs, exact);
    }

    /// <summary>One search: the two lists as numbers, the budget, and the pairs found so far (in order).</summary>
    private sealed class Finder(int[] a, int[] b, AlignmentBudget budget, List<(int, int)> pairs)
    {
        private long gapCells = budget.MaxGapCells;

        /// <summary>Appends pairs for a[aFrom..aTo) and b[bFrom..bTo), in order; false when they are not certainly the most.</summary>
        public bool Solve(int aFrom, int aTo, int bFrom, int bTo, bool allowSearch)
        {
            while (aFrom < aTo && bFrom < bTo && a[aFrom] == b[bFrom])
            {
                pairs.Add((aFrom++, bFrom++));
            }

            var suffix = 0;
            while (aTo - suffix > aFrom && bTo - suffix > bFrom && a[aTo - 1 - suffix] == b[bTo - 1 - suffix])
            {
                suffix++;
            }

            var n = aTo - suffix - aFrom;
            var m = bTo - suffix - bFrom;
            var exact = true;
            if (n > 0 && m > 0)
            {
                if ((long)n * m <= budget.MaxTableCells)
                {
                    Table(aFrom, n, bFrom, m);
                }
                else if (!allowSearch || !Search(aFrom, n, bFrom, m))
                {
                    Anchored(aFrom, n, bFrom, m);
                    exact = false;
                }
            }

            for (var k = suffix; k > 0; k--)
            {
                pairs.Add((aTo - k, bTo - k));
            }

            return exact;
        }

        /// <summary>The classic table: lengths[i, j] is the answer for a[i..] and b[j..], then walked forwards.</summary>
        private void Table(int aFrom, int n, int bFrom, int m)
        {
            var lengths = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lengths[i, j] = a[aFrom + i] == b[bFrom + j]
                        ? lengths[i + 1, j + 1] + 1
                        : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            for (int i = 0, j = 0; i < n && j < m;)
            {
                if (a[aFrom + i] == b[bFrom + j])
                {
                    pairs.Add((aFrom + i, bFrom + j));
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

        /// <summary>
        /// Myers' greedy search for the fewest deletions and insertions, keeping each round's furthest reach per diagonal
        /// to walk back. False (nothing appended) when more edits than the budget allows are needed.
        /// </summary>
        private bool Search(int aFrom, int n, int bFrom, int m)
        {
            var maxD = (int)Math.Min(Math.Min(n + m, budget.MaxEdits), budget.MaxSearchWork / (n + m));
            var offset = maxD + 1;
            var reach = new int[(2 * maxD) + 3];
            var rounds = new List<int[]>();
            for (var d = 0; d <= maxD; d++)
            {
                for (var k = -d; k <= d; k += 2)
                {
                    var x = k == -d || (k != d && reach[offset + k - 1] < reach[offset + k + 1])
                        ? reach[offset + k + 1]
                        : reach[offset + k - 1] + 1;
                    var y = x - k;
                    while (x < n && y < m && a[aFrom + x] == b[bFrom + y])
                    {
                        x++;
                        y++;
                    }

                    reach[offset + k] = x;
                    if (x >= n && y >= m)
                    {
                        rounds.Add(reach[(offset - d)..(offset + d + 1)]);
                        WalkBack(rounds, n, m, aFrom, bFrom);
                        return true;
                    }
                }

                rounds.Add(reach[(offset - d)..(offset + d + 1)]);
            }

            return false;
        }

        /// <summary>From the end back to the start through each round's reach; rounds[d][k + d] is how far diagonal k got.</summary>
        private void WalkBack(List<int[]> rounds, int n, int m, int aFrom, int bFrom)
        {
            var found = new List<(int, int)>();
            int x = n, y = m;
            for (var d = rounds.Count - 1; d > 0; d--)
            {
                var k = x - y;
                var previous = rounds[d - 1];
                var down = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
                var fromK = down ? k + 1 : k - 1;
                var fromX = previous[fromK + d - 1];
                var fromY = fromX - fromK;
                var (startX, startY) = down ? (fromX, fromX - k) : (fromX + 1, fromY);
                while (x > startX && y > startY)
                {
                    x--;
                    y--;
                    found.Add((aFrom + x, bFrom + y));
                }

                (x, y) = (fromX, fromY);
            }

            while (x > 0 && y > 0)
            {
                x--;
                y--;
                found.Add((aFrom + x, bFrom + y));
            }

            found.Reverse();
            pairs.AddRange(found);
        }

        /// <summary>
        /// The coarse answer: entries that occur once in each range, kept where their right positions rise (a longest
        /// increasing run, by patience sorting), and the gaps between them solved exactly while the gap budget lasts.
        /// </summary>
        private void Anchored(int aFrom, int n, int bFrom, int m)
        {
            var countA = new Dictionary<int, int>();
            var positionB = new Dictionary<int, int>();
            for (var i = aFrom; i < aFrom + n; i++)
            {
                countA[a[i]] = countA.GetValueOrDefault(a[i]) + 1;
            }

            for (var j = bFrom; j < bFrom + m; j++)
            {
                // -1 marks an identity seen more than once on the right.
                positionB[b[j]] = positionB.ContainsKey(b[j]) ? -1 : j;
            }

            var candidates = new List<(int Left, int Right)>();
            for (var i = aFrom; i < aFrom + n; i++)
            {
                if (countA[a[i]] == 1 && positionB.GetValueOrDefault(a[i], -1) is var j and >= 0)
                {
                    candidates.Add((i, j));
                }
            }

            int li = aFrom, ri = bFrom;
            foreach (var (l, r) in LongestRising(candidates).Append((aFrom + n, bFrom + m)))
            {
                var gap = (long)(l - li) * (r - ri);
                if (gap > 0 && gap <= budget.MaxTableCells && gap <= gapCells)
                {
                    gapCells -= gap;
                    Solve(li, l, ri, r, allowSearch: false);
                }

                if (l < aFrom + n)
                {
                    pairs.Add((l, r));
                }

                (li, ri) = (l + 1, r + 1);
            }
        }
    }

    /// <summary>The longest run of <paramref name="candidates"/> (rising on the left) whose right positions rise too.</summary>
    private static List<(int Left, int Right)> LongestRising(List<(int Left, int Right)> candidates)
    {
        var tails = new List<int>();
        var previous = new int[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (candidates[tails[mid]].Right < candidates[c].Right)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[c] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(c);
            }
            else
            {
                tails[lo] = c;
            }
        }

        var run = new List<(int, int)>(tails.Count);
        for (var c = tails.Count == 0 ? -1 : tails[^1]; c >= 0; c = previous[c])
        {
            run.Add(candidates[c]);
        }

        run.Reverse();
        return run;
    }

    /// <summary>Each distinct string as a small number, so comparisons are of integers.</summary>
    private static (int[] Left, int[] Right) Numbered(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string s) => numbers.TryGetValue(s, out var n) ? n : numbers[s] = numbers.Count;
        var a = new int[left.Count];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = Number(left[i]);
        }

        var b = new int[right.Count];
        for (var j = 0; j < b.Length; j++)
        {
            b[j] = Number(right[j]);
        }

        return (a, b);
    }
}
