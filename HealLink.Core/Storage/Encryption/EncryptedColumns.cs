using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using HealLink.Core.Safety;
using HealLink.Core.Safety.Casework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// Every column encrypted at rest, in one list to review: what people write in their own words (and what carries
/// those words: the outbox, held messages, drafts, reports' copies), and hospitals. Left plain and queryable: ids,
/// states, times, option keys (stage, age range, languages, interests, help topics: chosen from fixed lists), vectors,
/// the first name people are shown by and searched for by coordinators, and coordinators' reasons (in the audit log,
/// queried by their tag, and the same reason as a mentor's vetting note). Values here are never compared in a query:
/// each encryption draws a new nonce, so an equality in SQL silently matches nothing. Their columns have no length in
/// the model: a stored value is longer than what was written, and PostgreSQL enforces lengths (the limits are the
/// questions' own, where people write).
/// </summary>
internal static class EncryptedColumns
{
    public static void Apply(ModelBuilder modelBuilder, FieldCipher cipher)
    {
        // Typed as the base class: the properties are string? and string alike, and EF never passes a null to a converter.
        ValueConverter converter = new EncryptingConverter(cipher);
        modelBuilder.Entity<Profile>(profile =>
        {
            profile.Property(p => p.ProcedureText).HasConversion(converter);
            profile.Property(p => p.ProcedureDisplay).HasConversion(converter);
            profile.Property(p => p.Hospital).HasConversion(converter);
            profile.Property(p => p.Intro).HasConversion(converter);
            profile.Property(p => p.Availability).HasConversion(converter);
        });
        modelBuilder.Entity<ConversationState>(state =>
        {
            state.Property(s => s.HeldMessages).HasConversion(converter);
            state.Property(s => s.DraftAnswer).HasConversion(converter);
        });
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.Property(m => m.Text).HasConversion(converter);
            message.Property(m => m.FileName).HasConversion(converter);
        });
        modelBuilder.Entity<RelayedMessage>().Property(m => m.Text).HasConversion(converter);
        modelBuilder.Entity<ConnectionRating>().Property(r => r.Comment).HasConversion(converter);
        modelBuilder.Entity<Report>().Property(r => r.RecentMessages).HasConversion(converter);
        modelBuilder.Entity<CrisisFlag>().Property(f => f.Excerpt).HasConversion(converter);
        modelBuilder.Entity<SafetyNote>().Property(n => n.Text).HasConversion(converter);
    }

    /// <summary>The encrypted columns of a built model, by table and column name, for work done in SQL (rotation).</summary>
    public static IReadOnlyList<(string Table, string Column)> In(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            .. from entity in model.GetEntityTypes()
               from property in entity.GetProperties()
               where property.GetValueConverter() is EncryptingConverter
               orderby entity.GetTableName(), property.GetColumnName()
               select (entity.GetTableName()!, property.GetColumnName()),
        ];
    }
}
