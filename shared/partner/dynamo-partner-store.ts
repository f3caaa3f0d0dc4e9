import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoTable, isConditionFailure } from '../store/dynamo-table';
import { LISTING_SK, listingPk, pendingPartition } from '../store/listing-keys';
import { toListing, toStoredItem } from '../store/stored-item';
import { listingsTable } from '../store/table-definition';
import type { PartnerStore, PostingPrivate, StoredPosting } from './partner-store';

const PK = listingsTable.partitionKey.name;
const SK = listingsTable.sortKey.name;
const TTL = listingsTable.ttlAttribute;

/**
 * Partner postings in the listings table: a posting is a listing item (so an approved one is served by
 * the same queries as every other job) with its private fields beside it, which toListing never serves.
 * Rate-limit windows and duplicate claims are small items that TTL removes.
 */
export class DynamoPartnerStore implements PartnerStore {
  private readonly table: DynamoTable;

  /** `now`: the clock that decides whether a contact item is past its TTL (the use cases' clock). */
  constructor(
    client: DynamoDBClient | DynamoDBDocumentClient,
    tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.table = new DynamoTable(client, tableName);
  }

  async create(posting: StoredPosting): Promise<boolean> {
    try {
      await this.table.call((doc) =>
        doc.send(
          new PutCommand({
            TableName: this.table.name,
            Item: item(posting),
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': PK },
          }),
        ),
      );
      await this.putContact(posting);
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async get(id: string): Promise<StoredPosting | undefined> {
    const { Item } = await this.table.call((doc) =>
      doc.send(new GetCommand({ TableName: this.table.name, Key: { [PK]: listingPk(id), [SK]: LISTING_SK } })),
    );
    if (!Item || Item.source !== 'partner') return undefined;
    const { Item: contact } = await this.table.call((doc) =>
      doc.send(new GetCommand({ TableName: this.table.name, Key: contactKey(id) })),
    );
    // TTL deletes lazily: a contact past its time is treated as gone already.
    const live = contact && Number(contact[TTL]) * 1000 > this.now().getTime();
    return {
      listing: toListing(Item),
      private: {
        secretHash: Item.secretHash as string,
        firstListedAt: Item.firstListedAt as string | undefined,
        contactEmail: live ? (contact.contactEmail as string) : undefined,
        contactEmailUntil: live ? (contact.until as string) : undefined,
        confirmationHash: live ? (contact.confirmationHash as string | undefined) : undefined,
        confirmationExpiresAt: live ? (contact.confirmationExpiresAt as string | undefined) : undefined,
      },
    };
  }

  /**
   * The poster's e-mail lives in its own item whose TTL is the end of the posting plus 30 days, so
   * DynamoDB deletes it then without a job of ours; every save moves that time. The address's
   * confirmation (the hash of its link's token, and when the link expires) lives beside it.
   */
  private async putContact(posting: StoredPosting): Promise<void> {
    const { contactEmail, contactEmailUntil, confirmationHash, confirmationExpiresAt } = posting.private;
    if (!contactEmail || !contactEmailUntil) return;
    await this.table.call((doc) =>
      doc.send(
        new PutCommand({
          TableName: this.table.name,
          Item: {
            ...contactKey(posting.listing.id),
            type: 'contact',
            contactEmail,
            until: contactEmailUntil,
            ...(confirmationHash && confirmationExpiresAt ? { confirmationHash, confirmationExpiresAt } : {}),
            [TTL]: Math.floor(Date.parse(contactEmailUntil) / 1000),
          },
        }),
      ),
    );
  }

  async replace(posting: StoredPosting, expectedHash: string): Promise<boolean> {
    try {
      await this.table.call((doc) =>
        doc.send(
          new PutCommand({
            TableName: this.table.name,
            Item: item(posting),
            ConditionExpression: '#hash = :hash',
            ExpressionAttributeNames: { '#hash': 'contentHash' },
            ExpressionAttributeValues: { ':hash': expectedHash },
          }),
        ),
      );
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
    await this.putContact(posting);
    return true;
  }

  async listPending(limit: number): Promise<StoredPosting[]> {
    const index = listingsTable.indexes.newest;
    const items = await this.table.queryAll({
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pending',
      ExpressionAttributeNames: { '#pk': index.partitionKey.name },
      ExpressionAttributeValues: { ':pending': pendingPartition('job') },
    });
    // One read of each contact: moderators see up to `limit` (50) postings at a time.
    const postings = await Promise.all(items.slice(0, limit).map((item) => this.get(String(item.id))));
    return postings.filter((p): p is StoredPosting => p !== undefined);
  }

  async countInWindow(key: string, windowSeconds: number, now: Date): Promise<number> {
    const window = Math.floor(now.getTime() / 1000 / windowSeconds);
    const { Attributes } = await this.table.call((doc) =>
      doc.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: { [PK]: `RATE#${key}`, [SK]: `W#${window}` },
          UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :ttl)',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL },
          ExpressionAttributeValues: { ':one': 1, ':ttl': (window + 2) * windowSeconds },
          ReturnValues: 'UPDATED_NEW',
        }),
      ),
    );
    return Number(Attributes?.count ?? 1);
  }

  async countSoFar(key: string, windowSeconds: number, now: Date): Promise<number> {
    const window = Math.floor(now.getTime() / 1000 / windowSeconds);
    const { Item } = await this.table.call((doc) =>
      doc.send(
        new GetCommand({
          TableName: this.table.name,
          Key: { [PK]: `RATE#${key}`, [SK]: `W#${window}` },
          ConsistentRead: true,
        }),
      ),
    );
    return Number(Item?.count ?? 0);
  }

  async claim(key: string, owner: string, ttlSeconds: number, now: Date): Promise<string> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    try {
      await this.table.call((doc) =>
        doc.send(
          new PutCommand({
            TableName: this.table.name,
            Item: { [PK]: `CLAIM#${key}`, [SK]: 'CLAIM', owner, [TTL]: nowSeconds + ttlSeconds },
            // TTL deletes lazily: an expired claim is free even while its item still exists.
            ConditionExpression: 'attribute_not_exists(#pk) OR #ttl < :now',
            ExpressionAttributeNames: { '#pk': PK, '#ttl': TTL },
            ExpressionAttributeValues: { ':now': nowSeconds },
          }),
        ),
      );
      return owner;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { Item } = await this.table.call((doc) =>
        doc.send(
          new GetCommand({
            TableName: this.table.name,
            Key: { [PK]: `CLAIM#${key}`, [SK]: 'CLAIM' },
            ConsistentRead: true,
          }),
        ),
      );
      return (Item?.owner as string | undefined) ?? owner;
    }
  }

  /** Ends the claim by moving its expiry to the epoch (claim treats an expired claim as free): no DeleteItem grant needed. */
  async release(key: string, owner: string): Promise<void> {
    try {
      await this.table.call((doc) =>
        doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: { [PK]: `CLAIM#${key}`, [SK]: 'CLAIM' },
            UpdateExpression: 'SET #ttl = :gone',
            ConditionExpression: '#owner = :owner',
            ExpressionAttributeNames: { '#owner': 'owner', '#ttl': TTL },
            ExpressionAttributeValues: { ':owner': owner, ':gone': 0 },
          }),
        ),
      );
    } catch (error) {
      // Someone else's claim (or none): nothing of ours to give back.
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/** The listing item with the management secret's hash and the first approval; the contact e-mail is kept apart. */
function item(posting: StoredPosting): Record<string, unknown> {
  const { secretHash, firstListedAt }: PostingPrivate = posting.private;
  return { ...toStoredItem(posting.listing), secretHash, ...(firstListedAt ? { firstListedAt } : {}) };
}

const contactKey = (id: string) => ({ [PK]: `CONTACT#${id}`, [SK]: 'CONTACT' });
