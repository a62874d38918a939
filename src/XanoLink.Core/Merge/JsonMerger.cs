using Newtonsoft.Json.Linq;

namespace XanoLink.Merge;

/// <summary>
/// The three-way merge of JSON values, member by member. A value only one side changed takes that side; objects both sides
/// changed merge key by key; collections with an identity (<see cref="MemberIdentity"/>) merge member by member and keep
/// their order with diff3; anything else both sides changed differently is a conflict settled by the policy. Inputs are
/// never modified: values are cloned into the result.
/// </summary>
internal sealed class JsonMerger(MergePolicy policy)
{
    private readonly List<MemberConflict> conflicts = [];

    public IReadOnlyList<MemberConflict> Conflicts => conflicts;

    private bool PreferTheirs => policy == MergePolicy.Theirs;

    /// <summary>Merges one value reached through <paramref name="property"/>; null means absent (deleted or never there).</summary>
    public JToken? Merge(string path, string? property, JToken? b, JToken? o, JToken? t)
    {
        if (Same(o, t))
        {
            return Clone(PreferTheirs ? t : o);
        }

        if (Same(o, b))
        {
            return Clone(t);
        }

        if (Same(t, b))
        {
            return Clone(o);
        }

        if (o is JObject oo && t is JObject to && b is null or JObject)
        {
            return MergeObject(path, b as JObject ?? [], oo, to);
        }

        if (o is JArray oa && t is JArray ta && b is null or JArray && MemberIdentity.For(property) is { } identity
            && Identities(oa, identity) is { } oIds && Identities(ta, identity) is { } tIds
            && Identities(b as JArray ?? [], identity) is { } bIds)
        {
            return MergeOrdered(path, bIds, oIds, tIds)
                ?? Conflict(path, b, o, t, "reordered on both sides past what can be merged member by member (thousands of moves); the whole list is one conflict");
        }

        return Conflict(path, b, o, t);
    }

    /// <summary>A keyed collection merged member by member, members in first-seen order (records, which are written sorted by id).</summary>
    public JArray MergeCollection(string path, Members b, Members o, Members t) => new(MergeMembers(path, b, o, t).Values);

    /// <summary>
    /// A keyed collection merged member by member, its order merged with diff3; null when the order is past what
    /// <see cref="SequenceOrder"/> can merge within budget (nothing is merged then, so no member conflict is reported twice).
    /// </summary>
    private JArray? MergeOrdered(string path, Members b, Members o, Members t)
    {
        if (SequenceOrder.Merge(b.Order, o.Order, t.Order, PreferTheirs) is not { } order)
        {
            return null;
        }

        var merged = MergeMembers(path, b, o, t);
        var kept = new LinkedList<string>();
        var nodes = new Dictionary<string, LinkedListNode<string>>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            if (merged.ContainsKey(id) && !nodes.ContainsKey(id))
            {
                nodes[id] = kept.AddLast(id);
            }
        }

        // A member the order dropped but the content merge kept (deleted on one side, edited on the other, edit won) goes
        // back after the member it follows on a side that has it.
        var (first, second) = PreferTheirs ? (t, o) : (o, t);
        foreach (var side in new[] { first, second, b })
        {
            LinkedListNode<string>? after = null;
            foreach (var id in side.Order)
            {
                if (nodes.TryGetValue(id, out var node))
                {
                    after = node;
                }
                else if (merged.ContainsKey(id))
                {
                    after = nodes[id] = after is null ? kept.AddFirst(id) : kept.AddAfter(after, id);
                }
            }
        }

        return new JArray(kept.Select(id => merged[id]));
    }

    private Dictionary<string, JToken> MergeMembers(string path, Members b, Members o, Members t)
    {
        var merged = new Dictionary<string, JToken>(StringComparer.Ordinal);
        var labels = o.Order.Concat(t.Order).Concat(b.Order).Distinct(StringComparer.Ordinal);
        foreach (var id in labels)
        {
            var value = Merge($"{path}[{id}]", null, b.Get(id), o.Get(id), t.Get(id));
            if (value is not null)
            {
                merged[id] = value;
            }
        }

        return merged;
    }

    private JObject MergeObject(string path, JObject b, JObject o, JObject t)
    {
        var (first, second) = PreferTheirs ? (t, o) : (o, t);
        var names = first.Properties().Select(p => p.Name)
            .Concat(second.Properties().Select(p => p.Name))
            .Distinct(StringComparer.Ordinal);
        var result = new JObject();
        foreach (var name in names)
        {
            var value = Merge(path.Length == 0 ? name : $"{path}.{name}", name, b[name], o[name], t[name]);
            if (value is not null)
            {
                result.Add(name, value);
            }
        }

        return result;
    }

    private JToken? Conflict(string path, JToken? b, JToken? o, JToken? t, string? why = null)
    {
        var description = why ?? (b, o, t) switch
        {
            (null, _, _) => "added differently on both sides",
            (_, null, _) => "deleted in ours, changed in theirs",
            (_, _, null) => "changed in ours, deleted in theirs",
            _ => "changed differently on both sides",
        };
        var resolution = policy switch
        {
            MergePolicy.Ours => ConflictResolution.TookOurs,
            MergePolicy.Theirs => ConflictResolution.TookTheirs,
            _ => ConflictResolution.Unresolved,
        };
        conflicts.Add(new MemberConflict(path, description, Clone(o), Clone(t), resolution));
        return Clone(PreferTheirs ? t : o);
    }

    /// <summary>Members of a collection by identity; a repeated identity gets "#2", "#3" so each member stays distinct.</summary>
    public static Members? Identities(JArray array, Func<JToken, string?> identity)
    {
        var order = new List<string>(array.Count);
        var byId = new Dictionary<string, JToken>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (identity(item) is not { } id)
            {
                return null;
            }

            var n = seen[id] = seen.GetValueOrDefault(id) + 1;
            var key = n == 1 ? id : $"{id} #{n}";
            order.Add(key);
            byId[key] = item;
        }

        return new Members(order, byId);
    }

    private static bool Same(JToken? a, JToken? b) => a is null ? b is null : b is not null && JToken.DeepEquals(a, b);

    private static JToken? Clone(JToken? token) => token?.DeepClone();
}

/// <summary>A collection's members in their order, by identity.</summary>
internal sealed record Members(IReadOnlyList<string> Order, IReadOnlyDictionary<string, JToken> ById)
{
    public JToken? Get(string id) => ById.GetValueOrDefault(id);
}
