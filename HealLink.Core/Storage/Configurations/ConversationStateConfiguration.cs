using HealLink.Core.Conversations;
using HealLink.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealLink.Core.Storage.Configurations;

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.ToTable("conversation_states");
        builder.HasKey(s => s.PersonId);
        builder.HasOne<Person>().WithOne().HasForeignKey<ConversationState>(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.StepKey).HasMaxLength(32);
        builder.Property(s => s.DraftStepKey).HasMaxLength(32);

        // Two handlers racing on the same person (possible with several instances) must not both win.
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
