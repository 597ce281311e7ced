-- The sales model's class CostItem (an entry of a price catalog) is now called CatalogItem, so that
-- it is no longer confused with the take-off rules' bill-of-quantities item (BoqItem). A stored
-- object's class is the value of its '@class' field (see org.bidbench.sales.core.store.RecordFields):
-- rename it in the rows written before. The record versions stay as they are: the records mean
-- what they meant, and clients read either name (RecordFields.storedValue).
UPDATE store_field SET value = 'CatalogItem' WHERE value = 'CostItem' AND path LIKE '%@class';
