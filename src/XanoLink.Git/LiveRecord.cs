using System.Text;
using LibGit2Sharp;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace XanoLink.Git;

/// <summary>
/// The live-branch record (docs/live-branch.md): an orphan branch <c>xanolink/live</c> whose commits each hold
/// one <c>live.json</c>; the commit's author and date say who made the change and when. Written straight into
/// the object database, so it works in bare repositories and never touches a working tree.
/// </summary>
internal sealed class LiveRecord(WorkspaceRepository owner)
{
    public const string Branch = "xanolink/live";
    public const string FileName = "live.json";
    private const string LocalRef = "refs/heads/" + Branch;

    private Repository Repo => owner.Repository;

    public LiveChange? Current() => RecordTip() is { } tip ? Read(tip) : null;

    public IReadOnlyList<LiveChange> History()
    {
        var changes = new List<LiveChange>();
        for (var commit = RecordTip(); commit is not null; commit = commit.Parents.FirstOrDefault())
        {
            changes.Add(Read(commit));
        }

        return changes;
    }

    public LiveChange Set(string branch, Signature who, string? reason)
    {
        var target = owner.FindBranch(branch) is { } found && branch != Branch
            ? found
            : throw new GitWorkspaceException(GitProblem.RefNotFound, $"no branch '{branch}' in {owner.Location}; branches: {string.Join(", ", owner.Branches())}");
        var tip = RecordTip();
        var local = Repo.Refs[LocalRef]?.ResolveToDirectReference()?.Target?.Id;
        var current = tip is null ? null : Read(tip);
        if (current is not null && current.Branch == branch)
        {
            PointHead(branch);
            return current;
        }

        var previous = current?.Branch ?? owner.HeadBranch();
        var json = new JObject
        {
            ["branch"] = branch,
            ["previous"] = previous is null ? JValue.CreateNull() : previous,
            ["commit"] = target.Tip?.Sha,
        };
        var text = json.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        var message = $"Set live branch to {branch}{(previous is null || previous == branch ? "" : $" (was {previous})")}\n"
            + (string.IsNullOrWhiteSpace(reason) ? "" : $"\n{reason.Trim()}\n");

        var blob = Repo.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var tree = new TreeDefinition();
        tree.Add(FileName, blob, Mode.NonExecutableFile);
        var commit = Repo.ObjectDatabase.CreateCommit(who, who, message, Repo.ObjectDatabase.CreateTree(tree), tip is null ? [] : [tip], prettifyMessage: false);

        var log = "xanolink: " + message.Split('\n')[0];
        // Compare-and-swap from the record read above: a concurrent change since makes this fail instead of losing it.
        RefMoves.Move(Repo, LocalRef, local, commit.Id, log);

        PointHead(branch);
        return Read(commit);
    }

    /// <summary>A bare repository's HEAD names the live branch, so a plain clone checks it out.</summary>
    private void PointHead(string branch)
    {
        if (owner.IsBare && Repo.Branches[branch] is { IsRemote: false } && owner.HeadBranch() != branch)
        {
            Repo.Refs.UpdateTarget("HEAD", "refs/heads/" + branch, $"xanolink: live branch is {branch}");
        }
    }

    /// <summary>
    /// The local record, or origin's (a fresh clone has only that); when both exist and the local one is behind
    /// (an ancestor of origin's, after a fetch), origin's is newer and wins.
    /// </summary>
    private Commit? RecordTip()
    {
        var local = Repo.Refs[LocalRef]?.ResolveToDirectReference()?.Target as Commit;
        var remote = Repo.Refs["refs/remotes/origin/" + Branch]?.ResolveToDirectReference()?.Target as Commit;
        if (local is null || remote is null || local.Id == remote.Id)
        {
            return local ?? remote;
        }

        return Repo.ObjectDatabase.FindMergeBase(local, remote)?.Id == local.Id ? remote : local;
    }

    private LiveChange Read(Commit commit)
    {
        var problem = $"the live-branch record {commit.Sha[..12]} in {owner.Location} is damaged: ";
        if (commit[FileName]?.Target is not Blob blob)
        {
            throw new GitWorkspaceException(GitProblem.InvalidLiveRecord, problem + $"it holds no {FileName}; set the live branch again with 'xanolink branch set-live NAME'");
        }

        JObject json;
        try
        {
            json = JObject.Parse(blob.GetContentText(Encoding.UTF8));
        }
        catch (JsonReaderException ex)
        {
            throw new GitWorkspaceException(GitProblem.InvalidLiveRecord, problem + $"{FileName} is not valid JSON ({ex.Message}); set the live branch again with 'xanolink branch set-live NAME'");
        }

        if (json["branch"] is not JValue { Type: JTokenType.String } branch)
        {
            throw new GitWorkspaceException(GitProblem.InvalidLiveRecord, problem + $"{FileName} has no \"branch\" string; set the live branch again with 'xanolink branch set-live NAME'");
        }

        var body = commit.Message.IndexOf("\n\n", StringComparison.Ordinal) is var at and >= 0 ? commit.Message[(at + 2)..].Trim() : "";
        return new LiveChange(
            (string)branch!,
            json["previous"] is JValue { Type: JTokenType.String } previous ? (string)previous! : null,
            json["commit"] is JValue { Type: JTokenType.String } tip ? (string)tip! : null,
            commit.Author.Name,
            commit.Author.Email,
            commit.Author.When,
            body.Length == 0 ? null : body,
            commit.Sha);
    }
}
