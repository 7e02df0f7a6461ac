namespace HealLink.Core.Connections;

/// <summary>What can happen to a connection; <see cref="ConnectionLifecycle"/> says in which states.</summary>
public enum ConnectionEvent
{
    Accept,
    Decline,
    Withdraw,
    Expire,
    End,
}
