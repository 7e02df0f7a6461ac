using System.Data.Common;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Jobs.Overview;

/// <summary>
/// The shared scheduler's jobs and triggers, read straight from Quartz's tables (<c>0004_quartz.sql</c>), so the
/// panel can show them without building a scheduler of its own. Quartz stores points in time as UTC ticks and
/// intervals as milliseconds; a test holds these readings equal to the scheduler's own.
/// </summary>
internal static class SharedTriggers
{
    private const string JobsSql = "SELECT JOB_GROUP, JOB_NAME FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = @scheduler";

    private const string TriggersSql = """
        SELECT t.JOB_GROUP, t.JOB_NAME, t.TRIGGER_NAME, t.DESCRIPTION, t.TRIGGER_STATE, t.TRIGGER_TYPE,
               t.NEXT_FIRE_TIME, t.PREV_FIRE_TIME, c.CRON_EXPRESSION, s.REPEAT_COUNT, s.REPEAT_INTERVAL
        FROM QRTZ_TRIGGERS t
        LEFT JOIN QRTZ_CRON_TRIGGERS c
            ON c.SCHED_NAME = t.SCHED_NAME AND c.TRIGGER_NAME = t.TRIGGER_NAME AND c.TRIGGER_GROUP = t.TRIGGER_GROUP
        LEFT JOIN QRTZ_SIMPLE_TRIGGERS s
            ON s.SCHED_NAME = t.SCHED_NAME AND s.TRIGGER_NAME = t.TRIGGER_NAME AND s.TRIGGER_GROUP = t.TRIGGER_GROUP
        WHERE t.SCHED_NAME = @scheduler
        """;

    /// <summary>Every stored job, with its triggers (none for a durable job nothing schedules).</summary>
    public static async Task<IReadOnlyDictionary<(string Group, string Name), List<TriggerSchedule>>> ReadAsync(
        HealLinkDbContext db, CancellationToken cancellationToken)
    {
        var jobs = new SortedDictionary<(string Group, string Name), List<TriggerSchedule>>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ForEachRowAsync(connection, JobsSql, row => jobs[(row.GetString(0), row.GetString(1))] = [], cancellationToken);
            await ForEachRowAsync(connection, TriggersSql, row =>
            {
                var key = (row.GetString(0), row.GetString(1));
                if (!jobs.TryGetValue(key, out var triggers))
                {
                    jobs[key] = triggers = [];
                }

                triggers.Add(Read(row));
            }, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return jobs;
    }

    private static TriggerSchedule Read(DbDataReader reader)
    {
        var type = reader.GetString(5);
        var cron = reader.IsDBNull(8) ? null : reader.GetString(8);
        long? repeatCount = reader.IsDBNull(9) ? null : reader.GetInt64(9);
        TimeSpan? interval = reader.IsDBNull(10) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(10));
        var kind = (type, cron, repeatCount) switch
        {
            ("CRON", not null, _) => ScheduleKind.Cron,
            ("SIMPLE", _, 0) => ScheduleKind.Once,
            ("SIMPLE", _, not null) => ScheduleKind.Every,
            _ => ScheduleKind.Other,
        };
        return new TriggerSchedule(
            reader.GetString(2),
            kind,
            cron,
            kind == ScheduleKind.Every ? interval : null,
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4),
            TimeOf(reader, 6),
            TimeOf(reader, 7));
    }

    // A trigger that will not fire again has no next time, stored as NULL or as a value that is not a real one.
    private static DateTimeOffset? TimeOf(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) || reader.GetInt64(ordinal) <= 0 ? null : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);

    private static async Task ForEachRowAsync(DbConnection connection, string sql, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.AddParameter("@scheduler", JobSchedules.Shared);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }
}
